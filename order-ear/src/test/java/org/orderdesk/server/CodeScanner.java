package org.orderdesk.server;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/**
 * Reads a pickup code picture the way the desk's scanner is set up: for the one symbology it expects. Left to try
 * every format, zxing's EAN and UPC readers sometimes find a wrong number in a Code-128 barcode of digits.
 */
public final class CodeScanner {

    private CodeScanner() {
    }

    public static String read(BufferedImage image, BarcodeFormat format) throws NotFoundException {
        MultiFormatReader reader = new MultiFormatReader();
        // TRY_HARDER: without it the enrolment's QR code of some secrets was not found at all (NotFoundException).
        reader.setHints(Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, true));
        return reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }
}
