import { render } from 'preact';
import { devtoolsTheme, inspectedTabId, onDevtoolsThemeChanged } from '@/adapters/devtools-network';
import { PanelApp } from './PanelApp';
import '@/components/panel.css';

const applyTheme = (theme: string) => (document.documentElement.dataset.theme = theme);
applyTheme(devtoolsTheme());
// The listener lives as long as the panel document, so nothing ever needs to abort it.
onDevtoolsThemeChanged(applyTheme, new AbortController().signal);
render(<PanelApp tabId={inspectedTabId()} />, document.getElementById('app')!);
