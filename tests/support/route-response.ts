// What a route's loader or action answered, whether it returned or threw a Response: for integration
// tests that call routes directly.

/** The response's status, headers, Location and body (parsed when it is JSON, else the text). */
export async function routeResponse(call: () => Promise<unknown>) {
  let response: unknown;
  try {
    response = await call();
  } catch (thrown) {
    response = thrown;
  }
  if (!(response instanceof Response)) throw new Error(`not a response: ${String(response)}`);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, headers: response.headers, location: response.headers.get("Location"), body: body as Record<string, unknown>, text };
}
