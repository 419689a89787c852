var app = WebApplication.CreateBuilder(args).Build();

var stock = new Dictionary<int, int> { [1] = 3, [2] = 0 };

app.MapGet("/inventory/stock", () => stock.Select(level => new StockLevel(level.Key, level.Value)));

app.Run();

internal sealed record StockLevel(int ProductId, int Quantity);
