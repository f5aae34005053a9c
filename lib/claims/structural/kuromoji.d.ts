// kuromoji 0.1.2 ships no types; only the part the structural matcher uses is declared.
declare module 'kuromoji' {
  export interface IpadicToken {
    word_position: number
    surface_form: string
    pos: string
    pos_detail_1: string
    pos_detail_2: string
    conjugated_type: string
    conjugated_form: string
    basic_form: string
    reading?: string
  }
  export interface Tokenizer {
    tokenize(text: string): IpadicToken[]
  }
  export function builder(options: { dicPath: string }): {
    build(callback: (error: Error | null, tokenizer: Tokenizer) => void): void
  }
}
