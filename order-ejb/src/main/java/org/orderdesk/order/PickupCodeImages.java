package org.orderdesk.order;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The pickup code as pictures a scanner at the pickup desk reads: a QR code and a Code-128 barcode (PNG). */
@ApplicationScoped
public class PickupCodeImages {

    public byte[] qrCode(String pickupCode) {
        try {
            return png(new QRCodeWriter().encode(pickupCode, BarcodeFormat.QR_CODE, 240, 240,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw a QR code for " + pickupCode, e);
        }
    }

    public byte[] barcode(String pickupCode) {
        return png(new Code128Writer().encode(pickupCode, BarcodeFormat.CODE_128, 360, 90,
                Map.of(EncodeHintType.MARGIN, 16)));
    }

    private static byte[] png(BitMatrix matrix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
