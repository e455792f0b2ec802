/**
 * The drawing behind the muscle map: a simplified lower body from the lower ribs to the soles,
 * seen from the front and from the back, with a sole of the foot between them. Drawn for Stride
 * Coach (plain cubic curves, no traced artwork), schematic rather than exact: each muscle sits
 * where a runner would point to it, and the legs are mirror images.
 *
 * Coordinates: one 400 × 340 area. Shapes are written once, for the leg on the viewer's left of
 * the front view (centre line x = 100, outer side to the left); the back view is the same frame
 * moved 200 to the right (seen from behind, the outer side of the viewer's left leg is again on
 * the left), and `mirror` shapes are repeated for the other leg. Sole shapes are drawn in place.
 */

export type View = 'front' | 'back' | 'sole';

export interface Shape {
  view: View;
  d: string;
  /** Repeat for the other leg (default: yes for front and back shapes). */
  mirror?: boolean;
}

export interface RegionShapes {
  /** The corpus id (`init.mapMuscles`); a region is drawn only when the corpus has it. */
  id: string;
  shapes: Shape[];
  /** Lies under other muscles: drawn with a dashed edge. */
  deep?: boolean;
}

/** The drawing's box: the figures span x 47–353 and y 4–336; the view names sit above them. */
export const VIEWBOX = { x: 30, y: -14, width: 340, height: 354 };

/** Centre lines of the three views, for labels. */
export const VIEW_CENTRES: Record<View, number> = { front: 100, back: 300, sole: 200 };

/** The sole is drawn small and shown 1.3 times larger, its heel on the others' ground line. */
const SOLE_TRANSFORM = 'matrix(1.3 0 0 1.3 -59.4 -99.5)';

/** The transform(s) that place a shape: once as written, and mirrored for the other leg. */
export function placements(shape: Shape): (string | undefined)[] {
  if (shape.view === 'sole') return [SOLE_TRANSFORM];
  const mirror = shape.mirror ?? true;
  if (shape.view === 'front') return mirror ? [undefined, 'matrix(-1 0 0 1 200 0)'] : [undefined];
  return mirror ? ['translate(200 0)', 'matrix(-1 0 0 1 400 0)'] : ['translate(200 0)'];
}

/** The torso from the lower ribs to the hips: symmetric, written whole. */
const TORSO = 'M66,4 C64,18 66,30 70,40 C67,50 61,60 58,72 L142,72 C139,60 133,50 130,40 C134,30 136,18 134,4 Z';

/** One leg with its hip, front view, foot seen from the front. */
const LEG_FRONT =
  'M58,64 C51,74 47,88 47,104 C47,132 51,162 56,190 C57,198 56,206 54,214 ' +
  'C51,234 54,258 60,278 C63,289 65,296 65,302 ' +
  'C61,312 56,318 55,325 C54,331 58,334 64,334 L85,334 C90,334 93,331 91,326 C89,319 84,311 81,302 ' +
  'C81,294 84,284 86,272 C91,252 92,234 89,216 C87,208 86,202 87,194 ' +
  'C90,170 94,140 99,108 L100,64 Z';

/** The same leg seen from behind: the heel instead of the toes. */
const LEG_BACK =
  'M58,64 C51,74 47,88 47,104 C47,132 51,162 56,190 C57,198 56,206 54,214 ' +
  'C51,234 54,258 60,278 C63,289 65,296 65,302 ' +
  'C62,312 62,322 66,328 Q73,335 80,328 C84,322 84,312 81,302 ' +
  'C81,294 84,284 86,272 C91,252 92,234 89,216 C87,208 86,202 87,194 ' +
  'C90,170 94,140 99,108 L100,64 Z';

/** The sole of a (right) foot, toes up, heel down. */
const SOLE = 'M187,331 C181,322 181,306 184,292 C186,282 182,270 182,260 C182,250 191,245 202,246 C213,247 216,255 214,267 C212,281 214,298 214,313 C214,326 207,335 197,335 C192,335 189,334 187,331 Z';
const TOES = [
  'M203,244 C202,236 205,231 209,232 C213,233 214,238 212,244 C210,247 205,247 203,244 Z',
  'M196,244 C195,239 197,236 200,236 C203,237 203,241 202,245 Z',
  'M190,246 C189,242 191,239 194,240 C196,241 196,244 195,247 Z',
  'M185,249 C184,246 186,243 188,244 C190,245 190,247 189,250 Z',
  'M181,254 C180,251 181,249 183,249 C185,250 185,252 184,255 Z',
];

export const SILHOUETTE: Shape[] = [
  { view: 'front', d: TORSO, mirror: false },
  { view: 'front', d: LEG_FRONT },
  { view: 'back', d: TORSO, mirror: false },
  { view: 'back', d: LEG_BACK },
  { view: 'sole', d: SOLE },
  ...TOES.map((d) => ({ view: 'sole' as const, d })),
];

/** Landmarks drawn as thin lines: kneecaps, shin bones, the navel, the gluteal cleft, ankle bones. */
export const DETAILS: Shape[] = [
  { view: 'front', d: 'M66,197 C66,190 70,187 73,187 C77,187 80,191 80,197 C80,203 77,206 73,206 C70,206 66,203 66,197 Z' },
  { view: 'front', d: 'M78,212 C80,240 80,270 78,298' },
  { view: 'front', d: 'M98,34 C99,36 101,36 102,34', mirror: false },
  { view: 'back', d: 'M100,66 L100,112', mirror: false },
  { view: 'back', d: 'M68,202 C72,206 80,206 84,201' },
  { view: 'front', d: 'M63,300 C62,303 63,305 65,306' },
  { view: 'front', d: 'M64,330 L64,334 M70,329 L70,334 M76,329 L76,334 M82,329 L82,334' },
  { view: 'back', d: 'M100,6 L100,58', mirror: false },
  { view: 'back', d: 'M83,300 C84,303 83,305 81,306' },
];

/**
 * The muscles, in reading order (front view top to bottom, back view, then the foot): DOM and
 * Tab order follow it. Overlaps are avoided so every region can be pointed at.
 */
export const REGIONS: RegionShapes[] = [
  {
    id: 'diaphragm',
    deep: true,
    shapes: [{ view: 'front', d: 'M70,16 C82,4 118,4 130,16 C118,11 82,11 70,16 Z', mirror: false }],
  },
  {
    id: 'core',
    shapes: [
      // Rectus abdominis down the middle, the obliques at the sides.
      { view: 'front', d: 'M88,20 C94,18 106,18 112,20 C114,36 114,52 111,66 C106,71 94,71 89,66 C86,52 86,36 88,20 Z', mirror: false },
      { view: 'front', d: 'M70,20 C76,19 81,19 85,21 C83,36 83,52 86,64 C80,62 72,58 64,55 C67,44 69,32 70,20 Z' },
    ],
  },
  {
    id: 'iliopsoas',
    shapes: [{ view: 'front', d: 'M80,60 C85,59 88,61 89,64 C90,80 92,96 94,112 C92,117 88,118 86,114 C83,100 80,88 78,74 C77,67 78,62 80,60 Z' }],
  },
  {
    id: 'tfl',
    shapes: [{ view: 'front', d: 'M62,64 C66,66 67,72 66,80 C64,92 60,104 56,114 C52,110 50,104 50,96 C51,84 55,72 62,64 Z' }],
  },
  {
    id: 'it-band',
    shapes: [
      { view: 'front', d: 'M50,110 C52,114 54,116 56,118 C55,144 56,170 60,194 L57,196 C52,170 49,140 50,110 Z' },
      { view: 'back', d: 'M50,112 C52,118 54,124 55,130 C55,152 57,174 60,194 L57,196 C52,170 49,140 50,112 Z' },
    ],
  },
  {
    id: 'rectus-femoris',
    shapes: [{ view: 'front', d: 'M73,84 C78,92 82,106 82,124 C82,148 79,168 76,182 L70,182 C66,166 64,146 65,124 C66,106 69,92 73,84 Z' }],
  },
  {
    id: 'vastus-lateralis',
    shapes: [{ view: 'front', d: 'M62,104 C64,112 63,124 63,136 C63,156 66,174 70,186 C67,192 63,194 61,192 C57,170 57,146 58,120 C59,112 60,107 62,104 Z' }],
  },
  {
    id: 'vastus-medialis',
    shapes: [{ view: 'front', d: 'M86,148 C91,160 92,176 88,188 C85,194 80,194 78,189 C80,176 82,160 86,148 Z' }],
  },
  {
    id: 'tibialis-anterior',
    shapes: [{ view: 'front', d: 'M69,212 C74,214 76,222 76,234 C76,254 75,272 74,288 L71,290 C67,272 64,252 64,234 C64,222 65,214 69,212 Z' }],
  },
  {
    id: 'peroneus-longus',
    shapes: [
      { view: 'front', d: 'M58,214 C61,214 62,218 62,224 C61,236 60,248 61,258 L58,260 C55,248 54,234 55,224 C55,218 56,215 58,214 Z' },
      { view: 'back', d: 'M56,214 C59,216 60,222 59,232 C58,242 58,252 59,260 L57,262 C54,250 53,236 53,226 C53,220 54,216 56,214 Z' },
    ],
  },
  {
    id: 'peroneus-brevis',
    shapes: [
      { view: 'front', d: 'M59,264 L62,261 C64,272 66,284 68,296 L65,298 C62,288 60,276 59,264 Z' },
      { view: 'back', d: 'M58,266 L60,263 C62,274 64,286 66,296 L64,298 C61,288 59,278 58,266 Z' },
    ],
  },
  {
    id: 'peroneus-tertius',
    shapes: [{ view: 'front', d: 'M66,276 L69,274 C71,282 73,290 75,298 L72,300 C70,292 68,284 66,276 Z' }],
  },
  {
    id: 'back',
    // The lower fibres of the latissimus dorsi, sweeping down to the lower back.
    shapes: [{ view: 'back', d: 'M68,8 C78,8 88,9 96,10 C96,26 95,40 94,52 C86,46 78,38 72,30 C70,22 69,15 68,8 Z' }],
  },
  {
    id: 'gluteus-medius',
    shapes: [{ view: 'back', d: 'M62,60 C72,55 86,56 95,62 C88,70 76,76 67,82 C61,87 56,93 52,100 C50,86 54,70 62,60 Z' }],
  },
  {
    id: 'gluteus-minimus',
    deep: true,
    shapes: [{ view: 'back', d: 'M52,104 C56,96 62,90 68,86 C67,94 62,102 56,110 C54,110 52,108 52,104 Z' }],
  },
  {
    id: 'gluteus-maximus',
    shapes: [{ view: 'back', d: 'M98,66 C90,66 80,72 72,82 C63,92 58,104 57,114 C64,121 77,124 90,121 C94,120 97,118 98,115 Z' }],
  },
  {
    id: 'biceps-femoris',
    shapes: [{ view: 'back', d: 'M78,126 C76,146 70,168 63,196 L59,196 C58,170 62,146 70,128 C73,125 76,124 78,126 Z' }],
  },
  {
    id: 'semitendinosus',
    shapes: [{ view: 'back', d: 'M82,126 C86,124 89,126 89,130 C88,150 86,172 86,196 L82,197 C80,174 80,150 82,126 Z' }],
  },
  {
    id: 'semimembranosus',
    shapes: [{ view: 'back', d: 'M92,132 C95,150 95,172 91,198 L88,198 C89,176 90,152 92,132 Z' }],
  },
  {
    id: 'gastrocnemius',
    shapes: [
      // Outer and inner heads on the back; the inner head shows at the inner calf from the front.
      { view: 'back', d: 'M62,206 C67,204 71,206 72,212 C73,228 71,244 67,258 C62,252 57,240 57,226 C57,216 59,209 62,206 Z' },
      { view: 'back', d: 'M76,212 C77,206 81,204 85,206 C89,212 91,226 90,240 C89,252 86,260 82,264 C78,248 76,230 76,212 Z' },
      { view: 'front', d: 'M85,214 C89,220 90,232 89,244 C88,252 86,256 84,258 C82,244 82,228 85,214 Z' },
    ],
  },
  {
    id: 'soleus',
    shapes: [
      { view: 'back', d: 'M59,246 C63,256 67,262 71,265 C75,266 78,267 80,268 C78,276 76,282 75,286 L70,286 C66,278 62,268 60,258 C59,254 59,250 59,246 Z' },
      { view: 'back', d: 'M89,252 C88,266 84,278 79,287 L77,286 C80,278 82,270 84,264 C86,260 88,256 89,252 Z' },
      { view: 'front', d: 'M84,262 C86,260 88,262 88,266 C87,274 85,282 82,290 L80,288 C81,280 82,270 84,262 Z' },
    ],
  },
  {
    id: 'achilles-tendon',
    shapes: [{ view: 'back', d: 'M71,289 L78,289 C77,297 77,306 77,316 L72,316 C72,306 72,297 71,289 Z' }],
  },
  {
    id: 'flexor-hallucis-brevis',
    // Two heads under the big toe's long bone, its long flexor's tendon running between them.
    shapes: [
      { view: 'sole', d: 'M201,254 C203,251 206,252 206,256 C206,263 206,270 205,276 C202,275 200,270 200,264 C200,260 200,257 201,254 Z' },
      { view: 'sole', d: 'M211,255 C212,252 215,252 215,256 C215,262 214,269 212,275 C211,271 210,264 210,259 Z' },
    ],
  },
  {
    id: 'flexor-hallucis-longus',
    deep: true,
    // Its tendon under the sole, from behind the inner ankle to the tip of the big toe.
    shapes: [{ view: 'sole', d: 'M210,318 C210,300 209,282 208,264 L207,238 L209.5,238 L210.5,264 C211.5,282 212.5,300 213,318 Z' }],
  },
  {
    id: 'intrinsic-foot-muscles',
    shapes: [
      // The arch (flexor digitorum brevis and its neighbours) and the outer edge.
      { view: 'sole', d: 'M192,262 C196,258 200,260 201,266 C203,280 204,294 202,306 C199,312 193,312 191,306 C189,292 189,276 192,262 Z' },
      { view: 'sole', d: 'M184,266 C186,262 188,262 189,266 C188,280 187,294 188,306 L186,308 C184,294 183,280 184,266 Z' },
    ],
  },
];

/**
 * Groups in the corpus that have no region of their own: the map lights their members (a
 * lighter shade). `hip-flexors` lights the iliopsoas, the rectus femoris and the TFL, as the
 * corpus relates them.
 */
export const GROUPS: Readonly<Record<string, readonly string[]>> = {
  calves: ['gastrocnemius', 'soleus'],
  glutes: ['gluteus-maximus', 'gluteus-medius', 'gluteus-minimus'],
  hamstrings: ['biceps-femoris', 'semitendinosus', 'semimembranosus'],
  quadriceps: ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis'],
  peroneals: ['peroneus-longus', 'peroneus-brevis', 'peroneus-tertius'],
  'hip-flexors': ['iliopsoas', 'rectus-femoris', 'tfl'],
  // Passages about a muscle's part in each step, named for the group.
  'calf-muscles-in-each-step': ['gastrocnemius', 'soleus'],
  'shin-muscles-in-each-step': ['tibialis-anterior'],
  'quads-in-each-step': ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis'],
  'hamstrings-in-each-step': ['biceps-femoris', 'semitendinosus', 'semimembranosus'],
  'glutes-in-each-step': ['gluteus-maximus', 'gluteus-medius', 'gluteus-minimus'],
  'hip-flexors-and-extensors-in-each-step': ['iliopsoas', 'gluteus-maximus'],
};

/** Muscles the map draws inside another's region: the deep vastus lies under the rectus femoris. */
export const SHARED: Readonly<Record<string, string>> = {
  'vastus-intermedius': 'rectus-femoris',
};
