import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ParticipantApp } from './ParticipantApp';
import { RoomConnection } from './roomConnection';
import './participant.css';

// The participant's page: its own small bundle, served only by the room server.
const connection = new RoomConnection();
connection.start();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ParticipantApp connection={connection} />
  </StrictMode>,
);
