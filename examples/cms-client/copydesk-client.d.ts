// TypeScript types for copydesk-client.mjs and the copydesk v1 API.
//
// Interface names are the schema names of openapi/openapi.json (components.schemas), so that
// test/types.test.mjs can check every property of every schema against this file. Offsets are
// UTF-16 code units: the client always requests `offset_encoding: "utf16"`, which makes every
// `start`/`end` a JavaScript string index.

// ---- enums ---------------------------------------------------------------------------------
export type OffsetEncoding = "utf32" | "utf16" | "utf8";
export type AlgorithmName = "default" | "textrank" | "lexrank" | "lead";
/** Hedging categories documented today; more may be added, so any string is accepted. */
export type HedgeCategory =
  | "modal" | "epistemic" | "conditional" | "speculation" | "approximator" | "vague_attribution" | "booster"
  | (string & {});
export type AttributionKind = "direct" | "indirect" | "mixed";
export type SourceType = "person" | "organization" | "unnamed" | "document";
export type BiasKind =
  | "loaded" | "contentious_label" | "doubt" | "presupposition" | "intensifier" | "subjective"
  | (string & {});

// ---- requests ------------------------------------------------------------------------------
export interface SummaryParams {
  /** Number of sentences, at least 1. Give at most one of sentences, ratio, max_chars. */
  sentences?: number | null;
  /** Share of the article's sentences, in (0, 1]. */
  ratio?: number | null;
  /** Character budget (code points), whole sentences only. */
  max_chars?: number | null;
  algorithm?: AlgorithmName | null;
}

export interface ArticleRequest {
  text?: string | null;
  html?: string | null;
  title?: string | null;
  /** ISO 639-1 code; skips detection. */
  language?: LanguageCode | null;
  offset_encoding?: OffsetEncoding | null;
}

/** ISO 639-1 code of the article's language (any language; lower case). */
export type LanguageCode =
  | "aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" |
  "bg" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" |
  "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" |
  "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" |
  "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" |
  "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" |
  "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" |
  "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" |
  "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" |
  "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" |
  "sg" | "sh" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" |
  "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" |
  "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" |
  "zh" | "zu" | (string & {});

export interface AnalyzeRequest extends ArticleRequest {
  summary?: SummaryParams | null;
}

/** `POST /v1/analyze/batch`: 1 to 16 articles (the server's `COPYDESK_BATCH_MAX`). */
export interface BatchRequest {
  articles: AnalyzeRequest[];
}

/** One slot per article, in request order: `result` when `status` is 200, else `error`. */
export interface BatchSlot {
  index: number;
  status: number;
  result?: AnalyzeResponse | null;
  error?: Problem | null;
}

export interface BatchResponse {
  results: BatchSlot[];
  succeeded: number;
  failed: number;
}

export interface SummarizeRequest extends ArticleRequest {
  sentences?: number | null;
  ratio?: number | null;
  max_chars?: number | null;
  algorithm?: AlgorithmName | null;
}

// ---- building blocks -----------------------------------------------------------------------
/** `text` equals the analysed text sliced at `start..end` (end exclusive). */
export interface SpanDto {
  start: number;
  end: number;
  text: string;
}

export interface LanguageDto {
  code: string;
  name: string;
  confidence: number;
  /** "detected" or "given". */
  source: "detected" | "given" | (string & {});
}

export interface DocumentDto {
  characters: number;
  words: number;
  sentences: number;
  paragraphs: number;
  reading_time_seconds: number;
  /** The extracted plain text, for HTML input: the text every offset points into. */
  text?: string | null;
}

export interface SentenceDto {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface WarningDto {
  code: string;
  message: string;
}

// ---- summary -------------------------------------------------------------------------------
export interface SummarySentenceDto {
  index: number;
  start: number;
  end: number;
  text: string;
  score: number;
  rank: number;
}

export interface SummaryDto {
  algorithm: AlgorithmName | (string & {});
  sentences: SummarySentenceDto[];
  text: string;
}

// ---- hedging -------------------------------------------------------------------------------
export interface MarkerDto {
  start: number;
  end: number;
  text: string;
  category: HedgeCategory;
  strength: number;
  sentence: number;
  quoted: boolean;
}

export interface UncertaintyDto {
  index: number;
  start: number;
  end: number;
  uncertain: boolean;
  score: number;
}

export interface HedgingDto {
  markers: MarkerDto[];
  sentences: UncertaintyDto[];
  /** Markers per category, every category listed. */
  counts: Record<HedgeCategory, number>;
  density_per_100_words: number;
}

// ---- sourcing ------------------------------------------------------------------------------
export interface AttributionDto {
  id: string;
  source?: SpanDto | null;
  source_id?: string | null;
  cue: SpanDto;
  content: SpanDto;
  kind: AttributionKind;
  sentence: number;
}

export interface SourceDto {
  id: string;
  name: string;
  type: SourceType;
  named: boolean;
  description?: string | null;
  mentions: SpanDto[];
  attributions: number;
  direct: number;
  indirect: number;
}

export interface SourcingStatsDto {
  attributions: number;
  sources: number;
  named_sources: number;
  unnamed_sources: number;
  direct: number;
  indirect: number;
  mixed: number;
  attributed_sentence_ratio: number;
}

export interface SourcingDto {
  attributions: AttributionDto[];
  sources: SourceDto[];
  stats: SourcingStatsDto;
}

// ---- bias ----------------------------------------------------------------------------------
export interface ReasonDto {
  indicator: string;
  message: string;
  spans: SpanDto[];
}

export interface BiasSentenceDto {
  index: number;
  start: number;
  end: number;
  biased: boolean;
  score: number;
  reasons: ReasonDto[];
  tone: number;
}

export interface BiasSpanDto {
  start: number;
  end: number;
  text: string;
  kind: BiasKind;
  quoted: boolean;
  sentence: number;
}

export interface IndicatorsDto {
  biased_sentence_share: number;
  loaded_per_100_words: number;
  hedging_density_per_100_words: number;
  uncertain_sentence_share: number;
  unnamed_source_share: number;
  distinct_sources: number;
  largest_source_share: number;
  unattributed_claim_share: number;
  flesch_reading_ease?: number | null;
  tone_mean: number;
  tone_spread: number;
}

export interface BiasDto {
  sentences: BiasSentenceDto[];
  spans: BiasSpanDto[];
  indicators: IndicatorsDto;
}

// ---- answers -------------------------------------------------------------------------------
export interface AnalyzeResponse {
  language: LanguageDto;
  document: DocumentDto;
  sentences: SentenceDto[];
  summary: SummaryDto;
  hedging: HedgingDto;
  sourcing: SourcingDto;
  bias: BiasDto;
  warnings: WarningDto[];
}

export interface SummarizeResponse {
  language: LanguageDto;
  summary: SummaryDto;
  warnings: WarningDto[];
  document: DocumentDto;
}

export interface HedgingResponse {
  language: LanguageDto;
  hedging: HedgingDto;
  warnings: WarningDto[];
  document: DocumentDto;
}

export interface SourcingResponse {
  language: LanguageDto;
  sourcing: SourcingDto;
  warnings: WarningDto[];
  document: DocumentDto;
}

export interface BiasResponse {
  language: LanguageDto;
  bias: BiasDto;
  warnings: WarningDto[];
  document: DocumentDto;
}

export interface HealthDto {
  status: string;
  version: string;
}

/** RFC 9457 problem details; every error answer has this shape. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code:
    | "invalid_json" | "invalid_request" | "payload_too_large" | "unsupported_media_type" | "empty_text"
    | "ambiguous_input" | "invalid_option" | "not_found" | "method_not_allowed" | "text_too_long"
    | "too_many_sentences" | "too_many_articles" | "request_timeout" | "timeout" | "not_ready" | "internal"
    | "unauthorized" | "rate_limited" | (string & {});
}

// ---- the client ----------------------------------------------------------------------------
/** Input of analyze(): exactly one of `text` and `html`; `offset_encoding` is always "utf16". */
export type AnalyzeInput = Omit<AnalyzeRequest, "offset_encoding">;

export interface AnalyzeOptions {
  /** fetch implementation (default: globalThis.fetch). */
  fetch?: typeof globalThis.fetch;
  /** Path of the endpoint, relative to baseUrl (default "/v1/analyze"). */
  endpoint?: string;
  /** Extra request headers (e.g. an API gateway key). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Thrown by analyze() for any non-2xx answer; carries the problem+json fields when present. */
export declare class CopydeskError extends Error {
  status: number;
  code: string | null;
  title: string | null;
  detail: string | null;
  problem: Problem | null;
}

export declare function analyze(baseUrl: string, input: AnalyzeInput, options?: AnalyzeOptions): Promise<AnalyzeResponse>;

export interface AnalyzeElementOptions extends AnalyzeOptions, Omit<AnalyzeInput, "text" | "html"> {
  /** Count block boundaries as line breaks (default true); pass the same to highlight(). */
  blocks?: boolean;
}

/** Analyse textOf(root, {blocks}) as plain text; highlight the answer with the same `blocks`. */
export declare function analyzeElement(baseUrl: string, root: Node, options?: AnalyzeElementOptions): Promise<AnalyzeResponse>;

/** A span to highlight: offsets in UTF-16 code units into the text model of the root. */
export interface HighlightSpan {
  start: number;
  end: number;
  /** When given, the span is skipped (and reported) unless the text at its offsets equals it. */
  text?: string | null;
  [key: string]: unknown;
}

export interface TextOptions {
  /**
   * false (default): offsets index `root.textContent`.
   * true: a line break is counted between block elements (p, h1-h6, li, div, br, ...) that are not
   * already separated by one: the text textOf(root, {blocks: true}) returns, which reads better as
   * an article for the analyser.
   */
  blocks?: boolean;
}

export interface HighlightOptions<S extends HighlightSpan = HighlightSpan> extends TextOptions {
  /** Class of every mark, or a function of the span (default "copydesk-mark"). */
  className?: string | ((span: S, index: number) => string);
  /** Attributes of every mark (e.g. title, data-*), or a function of the span. */
  attributes?: Record<string, string> | ((span: S, index: number) => Record<string, string>);
  /** Element name (default "mark"). */
  tagName?: string;
}

export interface HighlightResult<S extends HighlightSpan = HighlightSpan> {
  /** For each span (same order as given), the elements created for it; several when it crosses markup. */
  marks: Element[][];
  /** Spans whose `text` did not match the root's text at their offsets, or that fall outside it. */
  skipped: S[];
}

export declare function highlight<S extends HighlightSpan>(root: Node, spans: S[], options?: HighlightOptions<S>): HighlightResult<S>;

/** Removes marks made by highlight() (by class name), keeping their content. */
export declare function clearHighlights(root: Element | DocumentFragment, options?: { className?: string; tagName?: string }): number;

/** The text that highlight() offsets index: root.textContent, or the block-separated text. */
export declare function textOf(root: Node, options?: TextOptions): string;

export type Layer = "summary" | "hedging" | "sourcing" | "bias";

/** A highlight span made from an analysis, with a class name and a human-readable title. */
export interface LayerSpan extends HighlightSpan {
  text: string;
  layer: Layer;
  className: string;
  title: string;
}

/** The spans of an analysis ready for highlight(): className and title per span. */
export declare function spansOf(result: AnalyzeResponse, layers?: Layer[]): LayerSpan[];
