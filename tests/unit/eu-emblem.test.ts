/** The EU emblem follows its official construction (src/lib/eu-emblem.ts). */
import { describe, expect, it } from 'vitest';
import { emblemGeometry, starCorners } from '../../src/lib/eu-emblem.ts';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('EU emblem', () => {
  const flag = emblemGeometry(180);

  it('is a 3:2 rectangle', () => {
    expect(flag.width / flag.height).toBe(1.5);
  });

  it('has twelve stars at the hours of a clock, on a circle of radius one third of the height', () => {
    const centre = { x: flag.width / 2, y: flag.height / 2 };
    expect(flag.stars).toHaveLength(12);
    for (const star of flag.stars) expect(distance(star, centre)).toBeCloseTo(60, 9);
    expect(flag.stars[0]!.x).toBeCloseTo(centre.x, 9); // 12 o'clock
    expect(flag.stars[0]!.y).toBeCloseTo(centre.y - 60, 9);
    expect(flag.stars[3]!.x).toBeCloseTo(centre.x + 60, 9); // 3 o'clock
    for (let i = 1; i < 12; i++)
      expect(distance(flag.stars[i]!, flag.stars[i - 1]!)).toBeCloseTo(distance(flag.stars[1]!, flag.stars[0]!), 9);
  });

  it('inscribes each star in a circle of radius one eighteenth of the height, one point straight up', () => {
    expect(flag.starRadius).toBe(10);
    const corners = starCorners({ x: 0, y: 0 }, 10);
    expect(corners).toHaveLength(10);
    expect(corners[0]!.x).toBeCloseTo(0, 9);
    expect(corners[0]!.y).toBeCloseTo(-10, 9);
    for (const point of corners.filter((_, i) => i % 2 === 0)) expect(Math.hypot(point.x, point.y)).toBeCloseTo(10, 9);
    // The inner corners lie on the lines joining the points: a regular five-pointed star, not a fat one.
    expect(Math.hypot(corners[1]!.x, corners[1]!.y)).toBeCloseTo(3.8197, 3);
  });

  it('draws all twelve stars in one path', () => {
    expect(flag.path.match(/M/g)).toHaveLength(12);
    expect(flag.path.match(/Z/g)).toHaveLength(12);
  });
});
