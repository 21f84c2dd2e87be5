// The municipal API's schemas and types, shared by the app and the reference server.
export * from './primitives'
export * from './entities'
export * from './mutations'
export * from './api'
export * from './errors'
export * from './push'
export * from './locale'
export * from './pushKeys'
