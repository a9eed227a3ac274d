package org.orderdesk.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/**
 * Puts the {@link ExpiredFormHandler} and the {@link RefusalHandler} in front of the Faces implementation's
 * exception handler, which turns whatever they leave into a 500.
 */
public class ExpiredFormHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredFormHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredFormHandler(new RefusalHandler(getWrapped().getExceptionHandler()));
    }
}
