/** /data/quiz.csv: the teaching kit's quiz bank (src/data/quiz-data.ts). */
import { quizEndpoint } from '../../data/quiz-data.ts';

export const GET = quizEndpoint('csv');
