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
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Codes as pictures a scanner or a phone reads: the pickup code as a QR code and a Code-128 barcode for the desk,
 * and the enrolment link of an operator's authenticator app as a QR code (PNG). Platform code, because the order,
 * mail and security features all draw them.
 */
@ApplicationScoped
public class CodeImages {

    /** Each pixel of a TYPE_BYTE_BINARY image is one bit, an index into its palette: 0 black, 1 white. */
    private static final int ALL_WHITE = 0xFF;
    private static final int LEFTMOST_PIXEL = 0x80;

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
     * Black and white PNG. The pixels are set as bits straight in the image's buffer and the PNG is written through
     * a stream in memory: setting them through the raster and ImageIO's default file-backed stream took most of
     * the time the outbox spent on a confirmation mail, which draws one QR code per mail.
     */
    static byte[] png(BitMatrix matrix) {
        int width = matrix.getWidth();
        BufferedImage image = new BufferedImage(width, matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int bytesPerRow = (width + 7) / 8;
        Arrays.fill(pixels, (byte) ALL_WHITE);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if (matrix.get(x, y)) {
                    pixels[y * bytesPerRow + x / 8] &= (byte) ~(LEFTMOST_PIXEL >>> (x % 8));
                }
            }
        }
        return pngOf(image);
    }

    private static byte[] pngOf(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
