package org.orderdesk.platform;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Codes as pictures a scanner or a phone reads: the pickup code as a QR code and a Code-128 barcode for the desk,
 * and the enrolment link of an operator's authenticator app as a QR code (PNG). Platform code, because the order,
 * mail and security features all draw them.
 */
@ApplicationScoped
public class CodeImages {

    /** Indexes into the two-colour palette of a TYPE_BYTE_BINARY image. */
    private static final int BLACK = 0;
    private static final int WHITE = 1;

    public byte[] qrCode(String text) {
        try {
            return png(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw a QR code for " + text, e);
        }
    }

    public byte[] barcode(String text) {
        return png(new Code128Writer().encode(text, BarcodeFormat.CODE_128, 360, 90,
                Map.of(EncodeHintType.MARGIN, 16)));
    }

    /**
     * Black and white PNG. The pixels go straight into the raster as palette indexes: zxing's MatrixToImageWriter
     * sets each one through the colour model, which took most of the time of sending a confirmation mail.
     */
    private static byte[] png(BitMatrix matrix) {
        int width = matrix.getWidth();
        BufferedImage image = new BufferedImage(width, matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        int[] row = new int[width];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                row[x] = matrix.get(x, y) ? BLACK : WHITE;
            }
            raster.setSamples(0, y, width, 1, 0, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "PNG", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
