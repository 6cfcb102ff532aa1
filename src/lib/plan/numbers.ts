/**
 * A figure as the plan prints it. JSON keeps the published digits
 * (2.195, 30.96), and JavaScript's shortest round-trip form gives them back,
 * so no rounding or padding is applied here.
 */
export function formatPublished(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a published figure: ${value}`);
  return String(value);
}
