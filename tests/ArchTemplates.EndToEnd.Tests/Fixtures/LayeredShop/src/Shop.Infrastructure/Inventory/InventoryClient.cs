using System.Net.Http.Json;
using Shop.Application;

namespace Shop.Infrastructure.Inventory;

/// <summary>Asks the inventory service (Shop.Inventory) how many of a product are in stock.</summary>
internal sealed class InventoryClient(HttpClient http) : IStockLevels
{
    private const string StockRoute = "/inventory/stock";

    public async Task<int> InStockAsync(int productId, CancellationToken cancellationToken)
    {
        var levels = await http.GetFromJsonAsync<StockLevel[]>(StockRoute, cancellationToken) ?? [];
        return levels.FirstOrDefault(level => level.ProductId == productId)?.Quantity ?? 0;
    }

    private sealed record StockLevel(int ProductId, int Quantity);
}
