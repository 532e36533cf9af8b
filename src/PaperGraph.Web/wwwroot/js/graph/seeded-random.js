// Layouts draw on Math.random. Seeding it from the graph itself makes the same graph come out the same on
// every load, while a different graph still gets a fresh arrangement.

/** A 32-bit seed from strings (FNV-1a over them in order). */
export function seedFrom(strings) {
    let hash = 0x811c9dc5;
    for (const text of strings) {
        for (let i = 0; i < text.length; i++) {
            hash ^= text.charCodeAt(i);
            hash = Math.imul(hash, 0x01000193);
        }
        hash ^= 0x2c;
        hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
}

/** mulberry32: a small, fast generator of floats in [0, 1). */
export function generator(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** Runs `work` (synchronous) with Math.random replaced by a generator seeded with `seed`. */
export function withSeededRandom(seed, work) {
    const original = Math.random;
    Math.random = generator(seed);
    try {
        return work();
    } finally {
        Math.random = original;
    }
}

/** A fixed offset in [-radius, radius] for an id: where a new node starts beside the node it came from. */
export function offsetFor(id, radius) {
    const next = generator(seedFrom([id]));
    return { x: (next() * 2 - 1) * radius, y: (next() * 2 - 1) * radius };
}
