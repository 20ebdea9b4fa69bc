import { createApp } from 'vue';
import { createClient } from '@klantbeeld/core';
import '@klantbeeld/elements/define';
import { startMockGateway } from '../../shared/mock-gateway';
import App from './App.vue';

const gateway = await startMockGateway();

createApp(App, { client: createClient({ gateway }) }).mount('#app');
