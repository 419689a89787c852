using Microsoft.EntityFrameworkCore;
using Shop.Domain;

namespace Shop.Infrastructure.Persistence;

internal sealed class ProductRepository(ShopDbContext db) : IProductRepository
{
    public Task<Product?> FindAsync(int id, CancellationToken cancellationToken)
        => db.Products.FirstOrDefaultAsync(product => product.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Product>> ListAsync(CancellationToken cancellationToken)
        => await db.Products.OrderBy(product => product.Name).ToListAsync(cancellationToken);
}
