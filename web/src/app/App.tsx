import { useState } from 'react';
import { BrowserRouter, useRoutes } from 'react-router';
import { Providers } from './Providers';
import { createQueryClient } from './query_client';
import { routes } from './routes';

function AppRoutes() {
  return useRoutes(routes);
}

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <Providers client={client}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Providers>
  );
}
