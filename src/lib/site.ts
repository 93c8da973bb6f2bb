/** The site's name: page titles, previews and pictures. Free of data so any page can import it. */
export const SITE_NAME = 'Holding the Line';
