/** The readers for markdown documents and Blogger text pages, for the pipeline to register. */
import type { DocumentReader } from '../model';
import { bloggerPostReader } from './blogger-post';
import { hugoMarkdownReader } from './hugo-markdown';

/** Markdown-family readers, each deciding by its own `detect`. */
export const markdownReaders: DocumentReader[] = [hugoMarkdownReader, bloggerPostReader];
