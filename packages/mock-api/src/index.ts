export const world = 2
