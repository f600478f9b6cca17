/**
 * The EU emblem drawn to its official construction: a blue rectangle of 3:2, twelve gold five-pointed stars
 * at the positions of the hours on a clock face, on an invisible circle whose radius is a third of the
 * flag's height; each star is inscribed in a circle of radius one eighteenth of the height and stands with
 * one point straight up, whatever its place on the circle. Colours: blue #003399, yellow #FFCC00.
 */

export const EU_BLUE = '#003399';
export const EU_YELLOW = '#FFCC00';

export interface Point {
  x: number;
  y: number;
}

export interface EmblemGeometry {
  width: number;
  height: number;
  /** Centre of each star, 12 o'clock first, clockwise. */
  stars: Point[];
  /** Radius of the circle the stars stand on. */
  ringRadius: number;
  /** Radius of the circle each star is inscribed in. */
  starRadius: number;
  /** One SVG path of all twelve stars. */
  path: string;
}

// One decimal on a 300-unit-wide flag: 0.03 % of its width, far below a pixel at any size it is shown.
const round = (n: number) => Math.round(n * 10) / 10;

/** The ten corners of a five-pointed star, first point straight up. */
export function starCorners(centre: Point, outer: number): Point[] {
  // The inner corners lie where the star's edges cross: r_inner / r_outer = sin 18° / sin 54°.
  const inner = (outer * Math.sin(Math.PI / 10)) / Math.sin((3 * Math.PI) / 10);
  return Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? outer : inner;
    return { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
  });
}

export function emblemGeometry(height = 200): EmblemGeometry {
  const width = (height * 3) / 2;
  const centre = { x: width / 2, y: height / 2 };
  const ringRadius = height / 3;
  const starRadius = height / 18;
  const stars = Array.from({ length: 12 }, (_, hour) => {
    const angle = (hour * Math.PI) / 6;
    return { x: centre.x + ringRadius * Math.sin(angle), y: centre.y - ringRadius * Math.cos(angle) };
  });
  const path = stars
    .map((star) => {
      const [first, ...rest] = starCorners(star, starRadius);
      return `M${round(first!.x)} ${round(first!.y)}${rest.map((p) => `L${round(p.x)} ${round(p.y)}`).join('')}Z`;
    })
    .join('');
  return { width, height, stars, ringRadius, starRadius, path };
}
