// The municipal API's schemas and types, shared by the app and the reference server.
export * from './primitives'
export * from './entities'
export * from './fieldEdits'
export * from './messageFacts'
export * from './refusals'
export * from './mutations'
export * from './api'
export * from './errors'
export * from './push'
export * from './locale'
export * from './pushKeys'
export * from './staffViews'
export * from './signIn'
<<<<<<< HEAD
export * from './planning'
export * from './staffReasons'
=======
export * from './protocolVersion'
export * from './changeChannel'
>>>>>>> main
