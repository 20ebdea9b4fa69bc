import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { createClient } from '@klantbeeld/core';
import '@klantbeeld/elements/define';
import { startMockGateway } from '../../shared/mock-gateway';
import { AppComponent, KLANTBEELD_CLIENT } from './app.component';

const gateway = await startMockGateway();

await bootstrapApplication(AppComponent, {
  providers: [provideZonelessChangeDetection(), { provide: KLANTBEELD_CLIENT, useValue: createClient({ gateway }) }],
});
