using Shop.Application;
using Shop.Domain;

namespace Shop.Tests;

public sealed class ProductCatalogTests
{
    [Fact]
    public async Task An_entry_carries_the_stock_level()
    {
        var catalog = new ProductCatalog(new OneProduct(), new FixedStock(3));

        var entry = await catalog.FindAsync(1, CancellationToken.None);

        Assert.Equal(new CatalogEntry(1, "Kettle", 25m, 3), entry);
    }

    private sealed class OneProduct : IProductRepository
    {
        private static readonly Product Kettle = new() { Id = 1, Name = "Kettle", Price = 25m };

        public Task<Product?> FindAsync(int id, CancellationToken cancellationToken) => Task.FromResult(id == 1 ? Kettle : null);

        public Task<IReadOnlyList<Product>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Product>>([Kettle]);
    }

    private sealed class FixedStock(int quantity) : IStockLevels
    {
        public Task<int> InStockAsync(int productId, CancellationToken cancellationToken) => Task.FromResult(quantity);
    }
}
