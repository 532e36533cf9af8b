// The interactive API reference: Swagger UI over the app's own OpenAPI document. Kept out of the page so that a
// Content-Security-Policy without 'unsafe-inline' allows it.
window.SwaggerUIBundle({
    url: '/openapi/v1.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    tryItOutEnabled: true,
});
