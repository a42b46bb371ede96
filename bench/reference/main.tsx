// The bare reference page of `npm run bench:web`: React, React DOM, React Router and Recharts drawing one 4-bar chart
// from a fetched JSON file, nothing else. Built by the same Vite as the app, so the comparison is of the apps alone.
import { useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts'

interface Point {
  label: string
  value: number
}

function ChartPage() {
  const [points, setPoints] = useState<Point[] | null>(null)
  useEffect(() => {
    void fetch(`${import.meta.env.BASE_URL}data.json`)
      .then((response) => response.json() as Promise<Point[]>)
      .then(setPoints)
  }, [])
  return (
    <main>
      <h1>Reference chart</h1>
      <div style={{ height: 280 }}>
        {points ? (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={points}>
              <XAxis dataKey="label" />
              <YAxis />
              <Bar dataKey="value" fill="#0072b2" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        ) : null}
      </div>
    </main>
  )
}

const router = createBrowserRouter([{ path: '*', Component: ChartPage }])
createRoot(document.getElementById('root')!).render(<RouterProvider router={router} />)
