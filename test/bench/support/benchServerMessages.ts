// What a benchmark and its server process (benchServer.ts) say to each other over the IPC channel.

export type BenchServerSetup =
  | {
      /** The demo municipalities, households and logins of `npm start` (README), serving this build. */
      seed: 'demo'
      distDir: string
    }
  | {
      seed: 'fiveYearHousehold'
      /** Also serve this build of the app, for the benchmarks in Chromium. */
      distDir?: string
    }
  | {
      seed: 'manyHouseholds'
      households: number
      /** How many of them get a session (issued by the server's own `issueSession`). */
      sessions: number
      /** PostgreSQL (a schema of its own, dropped at the end); null: in-memory PGlite. */
      databaseUrl: string | null
      /** Also serve the floor: a minimal Hono handler doing one indexed SELECT on the same database. */
      floor: boolean
    }
  | {
      /** One place of `children` beds, each child there two weekends of this month, and a planner (placeMonth.ts). */
      seed: 'placeMonth'
      children: number
      distDir: string
    }
  | {
      /** A PostgreSQL schema the benchmark already migrated and seeded in its own process (manySignedIn.ts). */
      seed: 'none'
      databaseUrl: string
      schema: string
      floor: boolean
    }

export interface SignedInHousehold {
  householdId: string
  token: string
}

/** placeMonth: who signs in to the console (the demo password), and what the place's month holds. */
export interface PlaceMonthSeed {
  username: string
  placeName: string
  /** The month's first day, as the console shows it (Norwegian time). */
  month: string
  stays: number
}

export interface ServerReady {
  type: 'ready'
  url: string
  floorUrl: string | null
  database: 'pglite' | 'postgres'
  seedMs: number
  /** fiveYearHousehold: the family's login and how many records of each kind it has. */
  family?: { username: string; password: string; householdId: string; records: Record<string, number> }
  placeMonth?: PlaceMonthSeed
  /** manyHouseholds: the households with a session. */
  signedIn?: SignedInHousehold[]
}

export interface ServerMemory {
  type: 'memory'
  rss: number
  heapUsed: number
}

export type FromServer = ServerReady | ServerMemory | { type: 'failed'; message: string }
export type ToServer = { type: 'memory' } | { type: 'stop' }
