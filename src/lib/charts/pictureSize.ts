/**
 * The size of a chart's downloadable picture (SVG and PNG), in pixels: drawn at this size by the
 * server's picture routes and announced as the thumbnail's size by the embeds' oEmbed JSON. Here,
 * beside the charts, so the embed room can read it without importing the server module that
 * reaches into the story.
 */
export const PICTURE_WIDTH = 1200;
export const PICTURE_HEIGHT = 800;
