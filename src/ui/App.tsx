export function App() {
  return (
    <main className="app">
      <h1>Tianwen-2 trajectory explorer</h1>
      <p className="illustrative-note">
        The probe path shown here is illustrative: CNSA publishes no ephemeris, so it is reconstructed from public
        event dates.
      </p>
    </main>
  );
}
