import { createApp } from 'vue';
import { createClient } from '@klantbeeld/core';
import '@klantbeeld/elements/define';
import { startMockGateway } from '../../shared/mock-gateway';
import App from './App.vue';

const gateway = await startMockGateway();

// eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- App.vue's type comes from vue-tsc, which ESLint does not run
createApp(App, { client: createClient({ gateway }) }).mount('#app');
