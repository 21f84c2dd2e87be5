// The summer respite and information pages load as one chunk: the first screen carries one import for both.
export { default as SummerView } from './SummerView.vue'
export { default as RespiteInfoView } from './RespiteInfoView.vue'
