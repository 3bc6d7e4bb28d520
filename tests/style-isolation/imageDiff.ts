import pixelmatch from 'pixelmatch'

/** A PNG (as `page.screenshot` returns it, base64) decoded to raw RGBA in the browser. */
export async function decodePng(base64: string): Promise<ImageData> {
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0))
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }), {
    colorSpaceConversion: 'none',
    premultiplyAlpha: 'none',
  })
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
  const context = canvas.getContext('2d')
  if (context === null) {
    throw new Error('no 2d context for decoding a screenshot')
  }
  context.drawImage(bitmap, 0, 0)
  bitmap.close()
  return context.getImageData(0, 0, canvas.width, canvas.height)
}

export interface ImageDiff {
  /** Differing pixels over all pixels; 1 when the sizes differ (nothing lines up). */
  ratio: number
  pixels: number
  size: string
}

/**
 * pixelmatch with its defaults: a YIQ colour distance threshold of 0.1 and anti-aliased pixels
 * (detected, not guessed) not counted.
 */
export function diffImages(expected: ImageData, actual: ImageData): ImageDiff {
  const size = `${expected.width}×${expected.height}`
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return { ratio: 1, pixels: Number.NaN, size: `${size} → ${actual.width}×${actual.height}` }
  }
  const pixels = pixelmatch(
    expected.data,
    actual.data,
    undefined,
    expected.width,
    expected.height,
    { threshold: 0.1 },
  )
  return { ratio: pixels / (expected.width * expected.height), pixels, size }
}
