/**
 * The kit's downloads, made at build time once each: a .pptx per lesson and
 * a .docx paper with its answer key per level. Pages list them with their
 * sizes; one route file per extension (src/pages/teach/[name].pptx.ts,
 * [name].docx.ts) serves the same bytes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { formatBytes } from '../lib/site/file-size.ts';
import { resolveSite } from '../lib/site/site-url.ts';
import { TEACH_LICENCE, TEACH_SOURCE_LINE } from '../lib/teach/citations.ts';
import { quizDocx } from '../lib/teach/quiz-docx.ts';
import { LEVELS, LEVEL_IDS, type Level } from '../lib/teach/schema.ts';
import { lessonPptx } from '../lib/teach/slides-pptx.ts';
import { stableZip } from '../lib/site/stable-zip.ts';
import { getTeach } from './teach.ts';

export type TeachFileKind = 'pptx' | 'docx';

export interface TeachDownload {
  kind: TeachFileKind;
  level: Level;
  /** slides-primary, quiz-primary */
  name: string;
  /** /teach/slides-primary.pptx, without the deploy base. */
  href: string;
  /** What the link says the file is. */
  label: string;
  bytes: Uint8Array;
  size: string;
}

export const TEACH_FOOTER = `${TEACH_SOURCE_LINE}。${TEACH_LICENCE}`;

let made: Promise<TeachDownload[]> | undefined;

async function make(): Promise<TeachDownload[]> {
  const teach = await getTeach();
  // A preview build knows no real address: a deck that names localhost would send a class nowhere.
  const { site, preview } = resolveSite(process.env);
  // The files' date is the day their sources were last checked: the same content, the same bytes.
  const checked = [...teach.legalFacts, ...teach.examples].flatMap((f) => f.sources.map((s) => s.checked)).sort().at(-1)!;
  const stamp = new Date(`${checked}T00:00:00Z`);
  const files: TeachDownload[] = [];
  for (const level of LEVEL_IDS) {
    const lesson = teach.lesson(level);
    const pageUrl = !preview ? new URL(`${import.meta.env.BASE_URL}teach/${level}/`, site).href : null;
    const deck = await stableZip(await lessonPptx(lesson, { figure: teach.figure, refText: teach.refLine, footer: TEACH_FOOTER, pageUrl }), stamp);
    files.push({ kind: 'pptx', level, name: `slides-${level}`, href: `/teach/slides-${level}.pptx`, label: `${LEVELS[level].label}课件`, bytes: deck, size: formatBytes(deck.byteLength) });
    const paper = await stableZip(await quizDocx(teach.questions(level), { title: `知识产权知识竞赛试卷（${LEVELS[level].group}）`, refText: teach.refLine, footer: TEACH_FOOTER }), stamp);
    files.push({ kind: 'docx', level, name: `quiz-${level}`, href: `/teach/quiz-${level}.docx`, label: `${LEVELS[level].group}试卷与答案`, bytes: paper, size: formatBytes(paper.byteLength) });
  }
  return files;
}

export function teachDownloads(): Promise<TeachDownload[]> {
  made ??= make();
  return made;
}

const TYPES: Record<TeachFileKind, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function teachFileEndpoint(kind: TeachFileKind): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => (await teachDownloads()).filter((f) => f.kind === kind).map((f) => ({ params: { name: f.name } })),
    GET: async ({ params }) => {
      const file = (await teachDownloads()).find((f) => f.kind === kind && f.name === params.name)!;
      return new Response(file.bytes as BodyInit, { headers: { 'Content-Type': TYPES[kind] } });
    },
  };
}
