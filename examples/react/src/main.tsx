import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '@klantbeeld/core';
// Register the kb-* tags before React creates them: React sets a prop as a property only on a defined element.
import '@klantbeeld/elements/define';
import { startMockGateway } from '../../shared/mock-gateway';
import { App } from './App';

const gateway = await startMockGateway();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={createClient({ gateway })} />
  </StrictMode>,
);
