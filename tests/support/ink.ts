import sharp from 'sharp';

/** How many pixels of a share card's title area are dark: a title drawn in glyphs inks thousands. */
export async function inkInTitle(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png)
    .extract({ left: 104, top: 140, width: 1000, height: 300 })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let ink = 0;
  for (let index = 0; index < data.length; index += info.channels) if (data[index]! < 100) ink++;
  return ink;
}
