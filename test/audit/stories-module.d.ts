declare module 'virtual:caremode-stories' {
  /** [path under the repository, the CSF module] for every file in stories/. */
  export const storyFiles: Array<[string, Record<string, unknown>]>;
}
