/** Client feedback routed to the project lead's inbox (process feedback-routing). */
package dev.portico.feedback;
