using Shop.Application;
using Shop.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddApplication()
    .AddInfrastructure(
        builder.Configuration.GetConnectionString("Shop") ?? "Data Source=shop.db",
        new Uri(builder.Configuration["Inventory:BaseAddress"] ?? "http://localhost:5081"));

var app = builder.Build();

app.MapGet("/products", (ProductCatalog catalog, CancellationToken cancellationToken) => catalog.ListAsync(cancellationToken));
app.MapGet("/products/{id:int}", async (int id, ProductCatalog catalog, CancellationToken cancellationToken)
    => await catalog.FindAsync(id, cancellationToken) is { } entry ? Results.Ok(entry) : Results.NotFound());

app.Run();
