/** The frame around every feature: layouts, start page, security configuration. */
package dev.portico.base.ui;
