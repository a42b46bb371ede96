/** Stands in for the dashboard until its views land: names the product and links the dataset download. */
export function App() {
  return (
    <main>
      <h1>Corridor Watch</h1>
      <p>
        The dashboard is being built. The dataset is available as{' '}
        <a href={`${import.meta.env.BASE_URL}data/dataset.json`}>dataset.json</a>.
      </p>
    </main>
  )
}
