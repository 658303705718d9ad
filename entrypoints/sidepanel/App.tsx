export function App() {
  return <main>Lastmile Lens</main>;
}
