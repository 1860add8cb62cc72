package io.wickedzerg.bot.wire;

import SC2APIProtocol.Common;

/**
 * One of the game's map images (placement grid, creep), read as ocraft reads it: a cell's value by its integer
 * coordinates, 1 or 8 bits a pixel, rows from the bottom for the games since 4.8.5 and from the top before.
 * A cell off the image throws, as ocraft's does.
 */
public final class ImageGrid {

    private final Common.ImageData image;
    private final int width;
    private final int height;
    private final boolean bottomOrigin;

    public ImageGrid(Common.ImageData image, boolean bottomOrigin) {
        this.image = image;
        this.width = image.getSize().getX();
        this.height = image.getSize().getY();
        this.bottomOrigin = bottomOrigin;
    }

    public int sample(float x, float y) {
        int row = bottomOrigin ? (int) y : height - 1 - (int) y;
        int index = (int) x + row * width;
        if (image.getBitsPerPixel() == 1) {
            return (image.getData().byteAt(index / 8) >> (7 - (index % 8))) & 0x1;
        }
        return image.getData().byteAt(index) & 0xFF;
    }

    public int bitsPerPixel() {
        return image.getBitsPerPixel();
    }
}
