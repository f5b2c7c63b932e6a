import { render } from 'preact';
import { devtoolsTheme, inspectedTabId } from '@/adapters/devtools-network';
import { PanelApp } from './PanelApp';
import '@/components/panel.css';

document.documentElement.dataset.theme = devtoolsTheme();
render(<PanelApp tabId={inspectedTabId()} />, document.getElementById('app')!);
