import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error.js';
import { KeysetPages, type Page } from '../../common/http/page.js';
import { CustomerHasher } from './customer-hasher.js';
import type { ErasureCounts } from './erasure-counts.js';
import { PrivacyRepository, type ReceiptRow } from './privacy.repository.js';
import { isReceiptPosition, RECEIPT_CURSOR_SCOPE } from './receipt-cursor.js';

export type ReceiptPage = Page<ReceiptRow>;

/** GDPR erasure, its receipts, and suppressions. Customer ids are only ever stored hashed here. */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger('Erasure');

  constructor(
    private readonly privacy: PrivacyRepository,
    private readonly hasher: CustomerHasher,
    private readonly pages: KeysetPages,
  ) {}

  /**
   * Erases every row of the customer, all or nothing, in one transaction that also writes the
   * receipt (and the suppression, when asked). It holds the customer's advisory lock, the one
   * ingest and every profile write take, so a concurrent write of this customer lands wholly
   * before the erasure (and is erased) or wholly after it (and is a new history, or skipped as
   * suppressed). A customer with no data is erased too: all counts 0, and a receipt. The
   * rollups' lock (shared) keeps a summary refresh from running in between.
   */
  async erase(customerId: string, options: { suppress: boolean; requestedBy: string }): Promise<ErasureCounts> {
    const customerHash = this.hasher.hash(customerId);
    const counts = await this.privacy.transaction(async (tx) => {
      await tx.lockRollups();
      await tx.lockCustomer(customerId);
      // Aggregates that span customers (the summary rollups, per offer and creative) are adjusted
      // here, in this transaction, so they keep matching the remaining history: before the rows
      // go, since they say what to subtract. Per-customer tables (summary, total, days) are deleted.
      const rollupsChanged = await tx.subtractFromRollups(customerId);
      const counts = await tx.deleteCustomerData(customerId);
      if (options.suppress) await tx.suppress(customerHash, options.requestedBy);
      await tx.insertReceipt({ customerHash, counts, suppressed: options.suppress, requestedBy: options.requestedBy });
      // Last: the state row stays locked until the commit, and concurrent erasures queue on it.
      if (rollupsChanged) await tx.newRollupVersion();
      return counts;
    });
    // Counts only: who and whom are in the receipt (the customer hashed), not in the log.
    this.logger.log({ msg: 'Customer data erased', deleted: counts, suppressed: options.suppress });
    return counts;
  }

  /** Receipts newest first; `customerId` is hashed and matched, never stored or compared in clear. */
  async listReceipts(customerId: string | undefined, cursor: string | undefined, limit: number): Promise<ReceiptPage> {
    const customerHash = customerId === undefined ? undefined : this.hasher.hash(customerId);
    const filters = { customerHash };
    const after = await this.pages.after(RECEIPT_CURSOR_SCOPE, cursor, filters, isReceiptPosition);
    const rows = await this.privacy.listReceipts({ customerHash, after }, limit + 1);
    return this.pages.page(RECEIPT_CURSOR_SCOPE, rows, limit, (last) => ({ at: last.position, id: last.id }), filters);
  }

  async liftSuppression(customerId: string): Promise<void> {
    // No customer lock needed: ingest reads the suppression under its lock and sees it either
    // present or gone, both consistent.
    const lifted = await this.privacy.deleteSuppression(this.hasher.hash(customerId));
    if (!lifted) throw new DomainError('not_found', 'This customer is not suppressed.');
  }
}
