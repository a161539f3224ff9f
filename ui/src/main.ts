import { pickTransport } from './api';
import { startApp } from './app';
import './styles.css';

void startApp(document.getElementById('app')!, pickTransport());
