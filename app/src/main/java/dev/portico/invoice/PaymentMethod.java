package dev.portico.invoice;

/** How a payment arrived: entered by staff (bank transfer, cash) or paid online by the client. */
public enum PaymentMethod {
  MANUAL,
  ONLINE
}
