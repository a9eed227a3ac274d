package org.orderdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What a scanner at the pickup desk sees: each picture reads back as the pickup code. */
class CodeImagesTest {

    private final CodeImages images = new CodeImages();

    @Test
    void theQrCodeReadsBackAsThePickupCode() throws Exception {
        BufferedImage qr = read(images.qrCode("48213907"));

        assertEquals(240, qr.getWidth());
        assertEquals("48213907", decode(qr));
    }

    @Test
    void theBarcodeReadsBackAsThePickupCode() throws Exception {
        assertEquals("48213907", decode(read(images.barcode("48213907"))));
    }

    @Test
    void theMarginIsWhiteAndTheFinderPatternBlack() throws Exception {
        BufferedImage qr = read(images.qrCode("48213907"));

        assertEquals(0xFFFFFFFF, qr.getRGB(0, 0));
        assertEquals(0xFF000000, qr.getRGB(56, 56), "the middle of the top left finder pattern");
    }

    @Test
    void everyPixelIsTheModuleTheEncoderDrew() throws Exception {
        // One pixel per module: 21 wide, so that every row ends inside a byte of the packed image.
        BitMatrix modules = new QRCodeWriter().encode("48213907", BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.MARGIN, 0));
        BufferedImage image = read(CodeImages.png(modules));

        assertEquals(21, image.getWidth());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(modules.get(x, y) ? 0xFF000000 : 0xFFFFFFFF, image.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    private static BufferedImage read(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static String decode(BufferedImage image) throws Exception {
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
    }
}
