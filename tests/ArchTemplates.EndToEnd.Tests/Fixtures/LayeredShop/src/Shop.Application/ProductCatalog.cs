using Shop.Domain;

namespace Shop.Application;

public sealed record CatalogEntry(int Id, string Name, decimal Price, int InStock);

public sealed class ProductCatalog(IProductRepository products, IStockLevels stock)
{
    public async Task<CatalogEntry?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var product = await products.FindAsync(id, cancellationToken);
        return product is null ? null : new CatalogEntry(product.Id, product.Name, product.Price, await stock.InStockAsync(id, cancellationToken));
    }

    public async Task<IReadOnlyList<CatalogEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var entries = new List<CatalogEntry>();
        foreach (var product in await products.ListAsync(cancellationToken))
        {
            entries.Add(new CatalogEntry(product.Id, product.Name, product.Price, await stock.InStockAsync(product.Id, cancellationToken)));
        }

        return entries;
    }
}
