import { render } from 'preact';
import { hasAllTabsAccess, onAccessChanged, removeAllTabsAccess, requestAllTabsAccess } from '@/adapters/all-tabs-access';
import { AllTabsOption } from '@/components/options/AllTabsOption';
import '@/components/options/options.css';

render(
  <AllTabsOption access={{ has: hasAllTabsAccess, request: requestAllTabsAccess, remove: removeAllTabsAccess, onChanged: onAccessChanged }} />,
  document.getElementById('app')!,
);
