/**
 * Testing Library for the component tests, which run on happy-dom (`// @vitest-environment happy-dom`). happy-dom
 * applies no stylesheet (Tailwind's classes hide nothing there), so the visibility check role queries make on every
 * candidate element finds nothing and costs most of their time: it is skipped. What an element is called, its role
 * and its state are still checked.
 */
import { configure } from '@testing-library/react';

configure({ defaultHidden: true });

export * from '@testing-library/react';
